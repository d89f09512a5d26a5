using System.Text;
using System.Xml;
using HubCrawler.Api.Pages;

namespace HubCrawler.Api.Feeds;

/// <summary>A paper's new-citation events as an Atom 1.0 feed (RFC 4287), newest first: one entry per citing paper, with a
/// stable id (<c>urn:hubcrawler:citation:{cited}:{citing}</c>), the time its check found it, and a link to its hub.</summary>
internal static class AtomFeedWriter
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    private const string Atom = "http://www.w3.org/2005/Atom";

    /// <param name="origin">The server's scheme, host and path base, for absolute links.</param>
    public static byte[] Write(PaperFeed feed, string origin)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            var title = feed.Title ?? feed.PaperId;
            var updated = feed.Events.Count > 0 ? feed.Events.Max(e => e.DetectedAt) : feed.CheckedAt ?? DateTimeOffset.UnixEpoch;
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteElementString("id", Atom, $"urn:hubcrawler:feed:{feed.PaperId}");
            xml.WriteElementString("title", Atom, $"New citations of {title}");
            xml.WriteElementString("subtitle", Atom, feed.Dropped > 0
                ? $"Papers that began citing it since it was first watched ({feed.Events.Count} kept, {feed.Dropped} older entries dropped)."
                : "Papers that began citing it since it was first watched.");
            xml.WriteElementString("updated", Atom, Time(updated));
            Link(xml, "self", origin + PageLinks.Paper(feed.PaperId) + Endpoints.FeedSuffixConstraint.Suffix, "application/atom+xml");
            Link(xml, "alternate", origin + PageLinks.Paper(feed.PaperId), "text/html");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, "HubCrawler");
            xml.WriteEndElement();
            xml.WriteElementString("generator", Atom, "HubCrawler");
            foreach (var item in feed.Events.OrderByDescending(e => e.Sequence))
            {
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, item.EntryId);
                xml.WriteElementString("title", Atom, item.Title ?? item.CitingPaperId);
                xml.WriteElementString("updated", Atom, Time(item.DetectedAt));
                xml.WriteElementString("published", Atom, Time(item.DetectedAt));
                Link(xml, "alternate", origin + PageLinks.Paper(item.CitingPaperId), "text/html");
                xml.WriteStartElement("category", Atom);
                xml.WriteAttributeString("term", item.Role.ToString().ToLowerInvariant());
                xml.WriteEndElement();
                xml.WriteElementString("summary", Atom, Summary(item, title));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return stream.ToArray();
    }

    private static string Summary(CitationEvent item, string cited)
    {
        var where = string.Join(", ", new[] { item.Venue, item.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) }.Where(p => !string.IsNullOrEmpty(p)));
        var text = $"{item.Title ?? item.CitingPaperId}{(where.Length > 0 ? $" ({where})" : "")} cites {cited}.";
        return item.Summary is { Length: > 0 } summary ? $"{text} {summary}" : text;
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Time(DateTimeOffset time) => XmlConvert.ToString(time.UtcDateTime, XmlDateTimeSerializationMode.Utc);
}
