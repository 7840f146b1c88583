using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace LearningSearch.Indexer.Reading.Markdown;

/// <summary>
/// Reads Markdown (<c>.md</c>) through Markdig, as GitHub shows it: headings without their #, lists with
/// their bullets as "- " and their numbers as shown, pipe tables as tab-separated rows, and lines wrapped
/// inside a paragraph joined into the one line the paragraph is (a hard break keeps a new line).
/// </summary>
public sealed class MarkdownReader : IDocumentReader
{
    // CommonMark plus GitHub's pipe tables, nothing more: the other extensions (footnotes, task lists,
    // bare-URL links) would change what the layouts see. A pipeline is immutable, so one serves every thread.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables(new PipeTableOptions { UseGfmRules = true })
        .Build();

    public IReadOnlyCollection<string> Extensions { get; } = [".md", ".markdown"];

    public DocumentText Read(string path, string sourceFile)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length == 0)
            throw new UnreadableDocumentException(sourceFile, "the file is empty");
        if (PlainTextReader.LooksBinary(bytes))
            throw new UnreadableDocumentException(sourceFile, "the file is not Markdown text (it holds binary data); save it as .md again");
        var markdown = new UTF8Encoding(false, false).GetString(bytes).TrimStart('\uFEFF');
        var text = new DocumentTextBuilder();
        new MarkdownTextWalker(text, DocumentText.SplitLines(markdown)).Walk(Parse(markdown, sourceFile));
        if (!text.HasText)
            throw new UnreadableDocumentException(sourceFile, "the file has no text");
        return text.Build(sourceFile);
    }

    private static MarkdownDocument Parse(string markdown, string sourceFile)
    {
        try
        {
            return Markdig.Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException e)
        {
            // Markdig refuses quotes, lists or brackets nested past its limit (128 levels) rather than
            // overflow the stack; no review is written so, and the message says what Markdig found.
            throw new UnreadableDocumentException(sourceFile, $"the Markdown could not be read ({e.Message}); save it as plain text");
        }
    }
}
