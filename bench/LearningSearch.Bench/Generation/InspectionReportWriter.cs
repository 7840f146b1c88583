namespace LearningSearch.Bench.Generation;

/// <summary>
/// The CQC layout: an inspection report of numbered findings under section headings, each citing
/// "(Recommendation X.Y)", and a closing Recommendations section grouped by the bodies they are addressed to.
/// </summary>
public sealed class InspectionReportWriter : IReviewWriter
{
    private static readonly string[] Sections =
        ["Early help", "Children in need", "Child protection", "Looked after children", "Leadership & management", "Governance", "Training and supervision"];

    public string Layout => "inspection-report";

    public (string Type, string Title) Describe(string code, Place place, int year) =>
        ("Inspection report", $"Review of health services for Children Looked After and Safeguarding in {place.Town} ({code})");

    public int Write(SyntheticReview review, UnitTexts texts, int targetUnits, TextWriter output)
    {
        var random = texts.Random;
        var place = review.Place;
        string[] bodies = [$"{place.Area} CCG", $"{place.Area} CCG and {place.Town} Teaching Hospitals NHS Foundation Trust", $"{place.Area} Healthcare NHS Foundation Trust", $"{place.Area} Community Health Services NHS Trust"];

        // Recommendations first, so findings can cite numbers that exist.
        var groups = random.Next(3, 6);
        var recommendations = new List<(int Group, int Item)>();
        for (var g = 1; g <= groups; g++)
        {
            var items = random.Next(2, 6);
            for (var i = 1; i <= items; i++) recommendations.Add((g, i));
        }
        var findings = Math.Max(3, targetUnits - recommendations.Count - 2);

        output.WriteLine();
        output.WriteLine(review.Title);
        output.WriteLine();
        output.WriteLine("Children Looked After and Safeguarding");
        output.WriteLine();
        output.WriteLine($"Date of review:\t{random.Next(1, 28)} {review.MonthYear(random)}");
        output.WriteLine($"Date of publication:\t{random.Next(1, 28)} {SyntheticReview.Months[random.Next(12)]} {review.Year}");
        output.WriteLine($"CCGs included:\t{place.Area} CCG");
        output.WriteLine();
        output.WriteLine("Summary of the review");
        output.WriteLine();
        output.WriteLine($"This report records the findings of the review of health services in safeguarding and looked after children services in {place.Town}. It focuses on the experiences and outcomes for children within the geographical boundaries of the local authority area and reports on the performance of health providers serving the area.");
        output.WriteLine();

        var written = 0;
        for (var s = 1; written < findings; s++)
        {
            output.WriteLine($"{s}. {Sections[(s - 1) % Sections.Length]}");
            output.WriteLine();
            var inSection = Math.Min(findings - written, random.Next(8, 20));
            for (var f = 1; f <= inSection; f++)
            {
                var cited = recommendations[random.Next(recommendations.Count)];
                var citation = random.NextDouble() < 0.8 ? $" (**Recommendation {cited.Group}.{cited.Item}**)" : "";
                output.WriteLine($"{s}.{f} {texts.Finding(texts.PickTheme())}{citation}");
                output.WriteLine();
            }
            written += inSection;
        }

        output.WriteLine("Recommendations");
        output.WriteLine();
        foreach (var group in recommendations.GroupBy(r => r.Group))
        {
            output.WriteLine($"{group.Key}. **{bodies[random.Next(bodies.Length)]} should:**");
            output.WriteLine();
            foreach (var (g, i) in group) output.WriteLine($"- {g}.{i} {texts.Recommendation(texts.PickTheme())}");
            output.WriteLine();
        }
        output.WriteLine("Next steps");
        output.WriteLine();
        output.WriteLine($"An action plan addressing the recommendations above is required from {place.Area} CCG within **20 working days** of receipt of this report.");
        return written + recommendations.Count + 2;
    }
}
