using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace HubCrawler.Api.Queries;

/// <summary>How GET /api/papers/{id} reads the hub.</summary>
public sealed class PaperParameters
{
    [FromQuery(Name = "refresh"), Description("true asks the source for a fresh copy even if the cached hub is fresh."), DefaultValue(false)]
    public bool? Refresh { get; init; }
}
