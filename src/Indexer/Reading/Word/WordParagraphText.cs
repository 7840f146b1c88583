using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LearningSearch.Indexer.Reading.Word;

/// <summary>
/// The text of one Word paragraph as it prints: runs inside hyperlinks, fields, content controls and
/// tracked insertions included; tracked deletions, field codes and text boxes left out (text boxes are
/// read as paragraphs of their own). A tab prints as a space, since a tab in our lines means a new cell;
/// a line break is kept as "\n" so the caller can start a new line.
/// </summary>
internal static class WordParagraphText
{
    public static string Of(Paragraph paragraph)
    {
        var text = new StringBuilder();
        Append(paragraph, text);
        return text.ToString();
    }

    private static void Append(OpenXmlElement element, StringBuilder text)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar or PositionalTab:
                    text.Append(' ');
                    break;
                case Break br:
                    text.Append(br.Type?.Value == BreakValues.TextWrapping || br.Type is null ? '\n' : ' ');
                    break;
                case CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case SymbolChar symbol:
                    text.Append(Symbol(symbol));
                    break;
                case DeletedRun or MoveFromRun or DeletedText or FieldCode or DeletedFieldCode or ParagraphProperties or RunProperties:
                    break;
                case Drawing or Picture or EmbeddedObject:
                    break; // pictures, and the text boxes inside them, are not part of the line
                default:
                    if (child.LocalName is "AlternateContent" or "txbxContent")
                        break;
                    Append(child, text);
                    break;
            }
        }
    }

    // Symbol-font bullets typed as characters (w:sym) are bullets all the same.
    private static string Symbol(SymbolChar symbol) =>
        symbol.Char?.Value?.ToUpperInvariant() is "F0B7" or "F0A7" or "F0FC" or "F0D8" or "F076" ? "•" : "";
}
