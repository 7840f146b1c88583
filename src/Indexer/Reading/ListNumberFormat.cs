using System.Globalization;
using System.Text;

namespace LearningSearch.Indexer.Reading;

/// <summary>How a list counter is printed: 3 as "3", "c", "C", "iii" or "III", as Word and HTML lists do.</summary>
internal enum ListNumberStyle { Decimal, LowerLetter, UpperLetter, LowerRoman, UpperRoman }

internal static class ListNumberFormat
{
    public static string Format(int value, ListNumberStyle style) => style switch
    {
        ListNumberStyle.LowerLetter => Letters(value).ToLowerInvariant(),
        ListNumberStyle.UpperLetter => Letters(value),
        ListNumberStyle.LowerRoman => Roman(value).ToLowerInvariant(),
        ListNumberStyle.UpperRoman => Roman(value),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    // Word and browsers count a, b, ... z, aa, bb ... (Word) or aa, ab (browsers); the first 26 agree,
    // which is all a review's lists use, so the browser's spreadsheet-style count is used throughout.
    private static string Letters(int value)
    {
        if (value <= 0)
            return value.ToString(CultureInfo.InvariantCulture);
        var letters = new StringBuilder();
        while (value > 0)
        {
            value--;
            letters.Insert(0, (char)('A' + value % 26));
            value /= 26;
        }
        return letters.ToString();
    }

    private static string Roman(int value)
    {
        if (value is <= 0 or >= 4000)
            return value.ToString(CultureInfo.InvariantCulture);
        (int Value, string Numeral)[] numerals =
        [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ];
        var roman = new StringBuilder();
        foreach (var (amount, numeral) in numerals)
            for (; value >= amount; value -= amount)
                roman.Append(numeral);
        return roman.ToString();
    }
}
