using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace LearningSearch.Indexer.Reading.Spreadsheet;

/// <summary>
/// A cell's text as the sheet shows it: shared and inline strings, numbers, dates (an action plan's target dates
/// are stored as serial numbers with a date format), and the RAG word a blank cell's fill colour stands for.
/// </summary>
internal sealed class CellText
{
    private readonly string[] _shared;
    private readonly CellFormat[] _formats;
    private readonly Fill[] _fills;

    public CellText(WorkbookPart workbook)
    {
        _shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        var styles = workbook.WorkbookStylesPart?.Stylesheet;
        _formats = styles?.CellFormats?.Elements<CellFormat>().ToArray() ?? [];
        _fills = styles?.Fills?.Elements<Fill>().ToArray() ?? [];
    }

    public string Of(Cell cell)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < _shared.Length ? _shared[i] : "";
        if (type == CellValues.InlineString)
            return cell.InlineString?.InnerText ?? "";
        if (type == CellValues.Boolean)
            return raw == "1" ? "TRUE" : "FALSE";
        if (raw.Length == 0)
            return RagOfFill(cell) ?? "";
        if (type != CellValues.String && IsDate(cell)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466)
            return DateTime.FromOADate(serial).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        return raw;
    }

    // Built-in date formats are 14-22 and 45-47; custom ones are dates when their code has a day, month or year.
    private bool IsDate(Cell cell)
    {
        var format = Format(cell);
        var id = format?.NumberFormatId?.Value ?? 0;
        return id is >= 14 and <= 22 or >= 45 and <= 47 || (id >= 164 && format?.ApplyNumberFormat?.Value == true);
    }

    private CellFormat? Format(Cell cell) =>
        cell.StyleIndex?.Value is { } s && s < _formats.Length ? _formats[s] : null;

    private string? RagOfFill(Cell cell)
    {
        var fillId = Format(cell)?.FillId?.Value;
        if (fillId is not { } f || f >= _fills.Length) return null;
        var rgb = _fills[f].PatternFill?.ForegroundColor?.Rgb?.Value;
        return rgb is null ? null : RagColour.Name(rgb);
    }
}
