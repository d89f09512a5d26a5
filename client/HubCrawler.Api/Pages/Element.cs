using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace HubCrawler.Api.Pages;

/// <summary>An element whose tag name comes from code (a <see cref="Contracts.HubPageMarkup"/> constant), with its
/// attributes in order (null values left out, <c>true</c> written bare) and its content.</summary>
public sealed class Element : ComponentBase
{
    [Parameter, EditorRequired] public string Tag { get; set; } = "";

    [Parameter] public IEnumerable<KeyValuePair<string, object>>? Attributes { get; set; }

    [Parameter] public RenderFragment? ChildContent { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.OpenElement(0, Tag);
        builder.AddMultipleAttributes(1, Attributes);
        builder.AddContent(2, ChildContent);
        builder.CloseElement();
    }
}
