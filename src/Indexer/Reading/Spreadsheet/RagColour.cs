using System.Globalization;

namespace LearningSearch.Indexer.Reading.Spreadsheet;

/// <summary>
/// The RAG word a cell's fill colour means: action plans colour the status cell red, amber, green (and blue
/// for completed) and often leave the word out.
/// </summary>
internal static class RagColour
{
    public static string? Name(string argb)
    {
        var hex = argb.Length == 8 ? argb[2..] : argb;
        if (hex.Length != 6 || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value)) return null;
        int r = value >> 16 & 0xFF, g = value >> 8 & 0xFF, b = value & 0xFF;
        if (r > 180 && g > 180 && b > 180) return null; // white or pale grey: no status
        if (r > 180 && g < 110 && b < 110) return "Red";
        if (r > 200 && g is >= 110 and <= 220 && b < 110) return "Amber";
        if (g > 120 && r < 160 && b < 140) return "Green";
        if (b > 150 && r < 120) return "Blue";
        return null;
    }
}
