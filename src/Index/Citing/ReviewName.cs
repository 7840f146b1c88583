using LearningSearch.Index.Units;

namespace LearningSearch.Index.Citing;

/// <summary>A review's short name as safeguarding partnerships use it: its code where it has one ("ADS14"), else its title.</summary>
public static class ReviewName
{
    public static string Of(string id, Review? review)
    {
        if (id.Length <= 8 && id.Any(char.IsDigit) && !id.Contains('-', StringComparison.Ordinal)) return id.ToUpperInvariant();
        var title = review?.Title ?? id;
        return title.Length <= 60 ? title : title[..57] + "...";
    }
}
