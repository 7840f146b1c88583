namespace LearningSearch.Indexer.Reading.Html;

/// <summary>One piece of an HTML page: a start tag, an end tag or a run of (already decoded) text.</summary>
internal abstract record HtmlToken
{
    public sealed record StartTag(string Name, IReadOnlyDictionary<string, string> Attributes, bool SelfClosing) : HtmlToken
    {
        public string? Attribute(string name) => Attributes.TryGetValue(name, out var value) ? value : null;
    }

    public sealed record EndTag(string Name) : HtmlToken;

    public sealed record Text(string Value) : HtmlToken;
}
