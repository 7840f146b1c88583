namespace LearningSearch.Bench.Generation;

/// <summary>
/// The RDS20 layout: "Recommendation A" headings, each followed by the recommendation's paragraph and then
/// one paragraph of prose per agency action.
/// </summary>
public sealed class RecommendationHeadingWriter : IReviewWriter
{
    public string Layout => "recommendation-headings";

    public (string Type, string Title) Describe(string code, Place place, int year) =>
        year >= 2019 ? ("Local child safeguarding practice review", $"Local child safeguarding practice review {code}: summary of multi-agency action plan")
                     : ("Serious case review", $"Serious case review {code}: summary of multi-agency action plan");

    public int Write(SyntheticReview review, UnitTexts texts, int targetUnits, TextWriter output)
    {
        var random = texts.Random;
        output.WriteLine();
        output.WriteLine(review.Partnership);
        output.WriteLine($"{review.Type} {review.Code}");
        output.WriteLine("Summary of Multi-Agency Action Plan");
        output.WriteLine();

        var units = 0;
        var recommendations = Math.Max(2, (int)Math.Round(targetUnits / 11.0));
        var letters = recommendations <= 26;
        for (var n = 0; units < targetUnits; n++)
        {
            var theme = texts.PickTheme();
            output.WriteLine(letters && n < 26 ? $"Recommendation {(char)('A' + n)}" : $"Recommendation {n + 1}");
            output.WriteLine();
            output.WriteLine(texts.Recommendation(theme));
            output.WriteLine();
            units++;
            var actions = Math.Min(random.Next(5, 17), Math.Max(1, targetUnits - units));
            for (var i = 0; i < actions; i++)
            {
                output.WriteLine(texts.Action(theme));
                output.WriteLine();
            }
            units += actions;
        }
        return units;
    }
}
