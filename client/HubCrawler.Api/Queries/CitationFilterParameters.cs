using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace HubCrawler.Api.Queries;

/// <summary>The citations explorer's filters and order, bound with <c>[AsParameters]</c>; the explorer, the hub page and
/// the paper export take them.</summary>
public class CitationFilterParameters : IValidatableObject
{
    [FromQuery(Name = "role"), Description("Only citations counted under this role.")]
    public QueryEnum<CitationRole>? Role { get; init; }

    [FromQuery(Name = "polarity"), Description("Only citations with this polarity.")]
    public QueryEnum<CitationPolarity>? Polarity { get; init; }

    [FromQuery(Name = "yearFrom"), Description("Only citing papers published in or after this year."), Range(0, CitationQuery.MaxYear, ErrorMessage = CitationQuery.YearRangeMessage)]
    public int? YearFrom { get; init; }

    [FromQuery(Name = "yearTo"), Description("Only citing papers published in or before this year."), Range(0, CitationQuery.MaxYear, ErrorMessage = CitationQuery.YearRangeMessage)]
    public int? YearTo { get; init; }

    [FromQuery(Name = "sort"), Description("source (the source's order, default), influence (influential first, then most cited), citations (most cited first) or year (newest first).")]
    public QueryEnum<CitationSort>? Sort { get; init; }

    /// <summary>The grain query for one page with these filters.</summary>
    public CitationQuery ToQuery(int offset, int limit) => new()
    {
        Offset = offset, Limit = limit, Role = Role?.Value, Polarity = Polarity?.Value, YearFrom = YearFrom, YearTo = YearTo,
        Sort = Sort?.Value ?? CitationSort.Source,
    };

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (YearFrom > YearTo) yield return new ValidationResult("yearFrom must not be after yearTo.", ["yearFrom"]);
    }
}
