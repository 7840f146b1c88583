using LearningSearch.Themes;

namespace LearningSearch.Bench.Generation;

/// <summary>
/// The Family Y layout: themed sections "1. Governance and supervision", recommendations "1.1.", a
/// "1.1.1. Response" heading, and one bullet per action.
/// </summary>
public sealed class NumberedResponsePlanWriter(Taxonomy taxonomy) : IReviewWriter
{
    public string Layout => "numbered-response-plan";

    public (string Type, string Title) Describe(string code, Place place, int year) =>
        (year >= 2019 ? "Local child safeguarding practice review" : "Serious case review", $"Children of Family {code}: response plan");

    public int Write(SyntheticReview review, UnitTexts texts, int targetUnits, TextWriter output)
    {
        var random = texts.Random;
        output.WriteLine($"{review.Title}");
        output.WriteLine();
        var units = 0;
        for (var section = 1; units < targetUnits && section < 99; section++)
        {
            var theme = texts.PickTheme();
            output.WriteLine($"{section}. {taxonomy.Find(theme)?.Label ?? "Learning for the partnership"}");
            output.WriteLine();
            var recommendations = random.Next(1, 5);
            for (var r = 1; r <= recommendations && units < targetUnits; r++)
            {
                output.WriteLine($"{section}.{r}. {texts.Recommendation(theme)}");
                output.WriteLine();
                output.WriteLine($"{section}.{r}.1. Response");
                output.WriteLine();
                units++;
                var actions = Math.Min(random.Next(2, 9), Math.Max(1, targetUnits - units));
                for (var a = 0; a < actions; a++) output.WriteLine($"- {texts.Action(theme)}");
                output.WriteLine();
                units += actions;
            }
        }
        return units;
    }
}
