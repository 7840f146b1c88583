using System.Text.RegularExpressions;

namespace LearningSearch.Indexer.Cleaning;

/// <summary>Finds the dates and timescales a cell or sentence states ("October 2016", "By 31/12/09", "Dec 09").</summary>
public static partial class DateExpressions
{
    public static IReadOnlyList<string> Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var found = new List<string>();
        foreach (Match m in Date().Matches(text))
        {
            var value = Regex.Replace(m.Value.Trim(), @"\s+", " ");
            if (!found.Contains(value, StringComparer.OrdinalIgnoreCase)) found.Add(value);
        }
        return found;
    }

    [GeneratedRegex(@"\b(\d{1,2}\s?(st|nd|rd|th)?\s+)?(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?\s+(19|20)?\d{2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-](19|20)?\d{2}\b|\b\d{1,2}-(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)-\d{2,4}\b|\b(spring|summer|autumn|winter)\s+(19|20)\d{2}\b|\bQ[1-4]\s+(19|20)\d{2}(/\d{2})?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Date();
}
