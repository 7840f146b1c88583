namespace LearningSearch.Bench.Generation;

/// <summary>
/// The AN09 layout: one table of recommendations from individual management reviews, grouped under heading rows
/// naming each agency; each row an outcome, a recommendation, its action, who leads, when, and how it is audited.
/// </summary>
public sealed class AgencyGroupedTableWriter : IReviewWriter
{
    private const string Header = "Outcome\tRecommendation\tAction\tBy Whom\tTimescale\tAudit of implementation (include method of audit)";
    private static readonly string[] Leads =
        ["Senior Management Team", "Named Nurse Safeguarding", "Head of Service", "Designated Doctor", "Service Manager", "Team Leaders", "Safeguarding Lead"];
    private static readonly string[] Audits =
        ["Audit of supervision files", "Case file audit", "Training records", "Procedures updated", "Audit & evaluation of training", "Minutes of meeting reflect discussion"];

    public string Layout => "agency-grouped-table";

    public (string Type, string Title) Describe(string code, Place place, int year) =>
        ("Serious case review", $"Serious case review {code}: recommendations from individual management reviews");

    public int Write(SyntheticReview review, UnitTexts texts, int targetUnits, TextWriter output)
    {
        var random = texts.Random;
        var place = review.Place;
        string[] agencies =
        [
            $"{place.Town} Borough Council", $"{place.Area} Children and Young People's Services", $"{place.Town} University Hospitals NHS Trust",
            $"{place.Area} Healthcare NHS Foundation Trust", $"{place.Area} Constabulary", $"{place.Town} Housing Association",
            $"{place.Area} Clinical Commissioning Group", $"{place.Area} County Council",
        ];
        output.WriteLine();
        output.WriteLine(place.Area);
        output.WriteLine("SAFEGUARDING");
        output.WriteLine("CHILDREN Board");
        output.WriteLine();
        output.WriteLine($"{place.Area} Safeguarding Children Board");
        output.WriteLine();
        output.WriteLine("Serious Case Review Action Plan");
        output.WriteLine();
        output.WriteLine(review.Code);
        output.WriteLine();
        output.WriteLine($"Published {review.MonthYear(random)}");
        output.WriteLine();
        output.WriteLine($"Serious Case Review {review.Code} - Recommendations from Individual Management Reviews.");
        output.WriteLine();

        var units = 0;
        var order = agencies.OrderBy(_ => random.Next()).ToList();
        for (var a = 0; units < targetUnits; a++)
        {
            output.WriteLine(Header);
            output.WriteLine($"{order[a % order.Count]}\t\t\t\t\t");
            var rows = random.Next(4, 12);
            for (var r = 0; r < rows && units < targetUnits; r++)
            {
                var theme = texts.PickTheme();
                var outcome = random.NextDouble() < 0.7 ? texts.Sentence(theme) : "";
                output.WriteLine($"{outcome}\t{texts.Recommendation(theme)}\t{texts.Action(theme)}\t{Leads[random.Next(Leads.Length)]}\t{review.MonthYear(random)}\t{Audits[random.Next(Audits.Length)]}");
                units += 2;
                if (random.NextDouble() < 0.25 && units < targetUnits)
                {
                    output.WriteLine($"\t\t{texts.Action(theme)}\t{Leads[random.Next(Leads.Length)]}\t{review.MonthYear(random)}\t");
                    units++;
                }
            }
            output.WriteLine();
        }
        return units;
    }
}
