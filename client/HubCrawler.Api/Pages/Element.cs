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

    protected override void BuildRenderTree(RenderTreeBuilder builder) => Write(builder, Tag, Attributes, ChildContent);

    /// <summary>Writes the element: the tag, its attributes in order, its content.</summary>
    internal static void Write(RenderTreeBuilder builder, string tag, IEnumerable<KeyValuePair<string, object>>? attributes, RenderFragment? content)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.OpenElement(0, tag);
        builder.AddMultipleAttributes(1, attributes);
        builder.AddContent(2, content);
        builder.CloseElement();
    }
}
