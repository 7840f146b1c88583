using System.Globalization;

namespace LearningSearch.SearchApi.Recurrence;

/// <summary>
/// When a theme "recurs", so that the mark singles out what a board must look at rather than everything raised twice
/// (31 of 33 themes were marked so by "two or more reviews"): it was recommended again after the actions on an earlier
/// recommendation on it were marked complete, or it was raised in three or more different years, or it was raised in
/// more reviews than its share of the view's units would predict.
/// </summary>
/// <remarks>
/// The expectation: if the theme's units (a share p of all the units in view) fell on units at random, a review of n
/// units would raise it with probability 1 - (1 - p)^n, so the reviews expected to raise it are the sum of that over
/// the reviews in view. A theme's units cluster in the reviews that are about it, so most themes are raised in fewer
/// reviews than that: one raised in more is spread unusually widely.
/// </remarks>
public static class RecursRule
{
    public const string Sentence =
        "A theme recurs when it is recommended again after the actions on an earlier recommendation were marked complete, " +
        "or is raised in three or more different years, or is raised in more reviews than its share of all the recommendations, " +
        "actions and findings in view would predict.";

    public const string AfterCompletion = "afterCompletion";
    public const string ThreeOrMoreYears = "threeOrMoreYears";
    public const string MoreReviewsThanExpected = "moreReviewsThanExpected";

    /// <summary>
    /// A theme's evidence in view: the years of the reviews that raise it, the units of every review in view
    /// (<c>ReviewUnits</c>, the theme's reviews among them), its own units, and the (earlier, later) years of
    /// the recommendations made again after one marked complete on it.
    /// </summary>
    public sealed record Evidence(IReadOnlyList<int?> RaisingYears, IReadOnlyList<int> ReviewUnits, int ThemeUnits, IReadOnlyList<(int Earlier, int Later)> AfterCompletion);

    /// <summary>Whether the theme recurs, the reasons (codes), the sentence that says why, and the reviews expected.</summary>
    public sealed record Verdict(bool Recurs, IReadOnlyList<string> Reasons, string? Because, double ExpectedReviews);

    public static double ExpectedReviews(IReadOnlyList<int> reviewUnits, int themeUnits)
    {
        var total = reviewUnits.Sum();
        if (total == 0 || themeUnits == 0) return 0;
        var p = Math.Min(1.0, (double)themeUnits / total);
        return reviewUnits.Sum(n => 1 - Math.Pow(1 - p, n));
    }

    public static Verdict Of(Evidence evidence)
    {
        var reasons = new List<string>();
        var parts = new List<string>();
        if (evidence.AfterCompletion.Count > 0)
        {
            reasons.Add(AfterCompletion);
            var first = evidence.AfterCompletion.OrderBy(p => p.Earlier).ThenBy(p => p.Later).First();
            parts.Add($"it was recommended again in {first.Later} after actions marked complete in {first.Earlier}");
        }
        var years = evidence.RaisingYears.OfType<int>().Distinct().Count();
        if (years >= 3)
        {
            reasons.Add(ThreeOrMoreYears);
            parts.Add($"it was raised in {years} different years");
        }
        var raised = evidence.RaisingYears.Count;
        var expected = ExpectedReviews(evidence.ReviewUnits, evidence.ThemeUnits);
        if (raised >= 2 && raised > expected)
        {
            reasons.Add(MoreReviewsThanExpected);
            parts.Add($"it was raised in {raised} reviews where its share of the recommendations, actions and findings would predict {expected.ToString("0.0", CultureInfo.InvariantCulture)}");
        }
        var because = parts.Count == 0 ? null
            : "Recurs because " + (parts.Count == 1 ? parts[0] : string.Join(", ", parts[..^1]) + " and " + parts[^1]) + ".";
        return new Verdict(reasons.Count > 0, reasons, because, Math.Round(expected, 2));
    }

    /// <summary>
    /// A sentence a chair can quote: "Information sharing: raised in 4 of 5 reviews between 2010 and 2022; recommended
    /// again after actions marked complete in 2017."
    /// </summary>
    public static string Summary(string label, int raised, int reviewsInView, IReadOnlyList<int> years, IEnumerable<int> completedYears)
    {
        var span = years.Count switch
        {
            0 => "",
            1 => $" in {years[0]}",
            _ => $" between {years[0]} and {years[^1]}",
        };
        var text = $"{label}: raised in {raised} of {reviewsInView} {(reviewsInView == 1 ? "review" : "reviews")}{span}";
        var completed = completedYears.Distinct().Order().ToList();
        if (completed.Count > 0) text += $"; recommended again after actions marked complete in {JoinYears(completed)}";
        return text + ".";
    }

    private static string JoinYears(List<int> years) =>
        years.Count == 1 ? years[0].ToString(CultureInfo.InvariantCulture) : string.Join(", ", years[..^1]) + " and " + years[^1];
}
