namespace LearningSearch.Bench.Generation;

/// <summary>
/// The ADS14 layout: an action plan table whose header row is repeated on every page; a recommendation row
/// (number, recommendation, first agencies' actions as paragraphs, dates, impact, RAG) and rows under it
/// that leave the recommendation cell empty.
/// </summary>
public sealed class ActionPlanTableWriter : IReviewWriter
{
    private const string Header = "\tRecommendation & Question for the Board (as suggested by the Overview writer)\tAction taken\tFurther action and/or completion date\tImpact\tRAG";
    private static readonly string[] Rag = ["Completed", "Green", "Amber", "On Track", "Red", "Completed", ""];

    public string Layout => "action-plan-table";

    public (string Type, string Title) Describe(string code, Place place, int year) =>
        year >= 2019 ? ("Local child safeguarding practice review", $"Local child safeguarding practice review {code}: action plan")
                     : ("Serious case review", $"Serious case review {code}: action plan");

    public int Write(SyntheticReview review, UnitTexts texts, int targetUnits, TextWriter output)
    {
        var random = texts.Random;
        output.WriteLine();
        output.WriteLine(review.Place.Area);
        output.WriteLine("**Safeguarding Children**");
        output.WriteLine(review.Year >= 2019 ? "Partnership" : "Board");
        output.WriteLine();
        output.WriteLine($"{review.Code} Action Plan");
        output.WriteLine();
        output.WriteLine($"*Published {review.MonthYear(random)}*");
        output.WriteLine();

        var units = 0;
        for (var number = 1; units < targetUnits; number++)
        {
            var theme = texts.PickTheme();
            var actions = Math.Min(random.Next(4, 14), Math.Max(1, targetUnits - units - 1));
            output.WriteLine(Header);
            output.Write($"{number}.\t<p>{texts.Recommendation(theme)}</p>\t");
            units++;
            var first = Math.Min(actions, random.Next(1, 4));
            WriteActions(review, texts, theme, first, random.Next(Rag.Length), output);
            units += first;
            for (var done = first; done < actions;)
            {
                var inRow = Math.Min(actions - done, random.Next(1, 4));
                output.Write("\t\t");
                WriteActions(review, texts, theme, inRow, random.Next(Rag.Length + 3), output);
                done += inRow;
                units += inRow;
            }
            output.WriteLine();
        }
        return units;
    }

    // Paragraphs in the action and date cells pair one to one, as agencies' responses do in the real plan.
    private static void WriteActions(SyntheticReview review, UnitTexts texts, string theme, int count, int rag, TextWriter output)
    {
        var random = texts.Random;
        var actions = Enumerable.Range(0, count).Select(_ => $"<p>{texts.Action(theme)}</p>");
        var dates = Enumerable.Range(0, count).Select(_ => $"<p>{Date(review, random)}</p>");
        output.Write(string.Join(" ", actions));
        output.Write('\t');
        output.Write(string.Join(" ", dates));
        output.Write('\t');
        output.Write(random.NextDouble() < 0.6 ? $"<p>{texts.Sentence(theme)}</p>" : "");
        output.Write('\t');
        output.WriteLine(rag < Rag.Length && Rag[rag].Length > 0 ? $"<p>{Rag[rag]}</p>" : "");
    }

    private static string Date(SyntheticReview review, Random random) => random.Next(4) switch
    {
        0 => $"Completed {review.MonthYear(random)}",
        1 => $"Confirmed to the Board {review.MonthYear(random)}",
        2 => "Ongoing",
        _ => review.MonthYear(random),
    };
}
