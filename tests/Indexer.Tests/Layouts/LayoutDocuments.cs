using System.Collections.Concurrent;
using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// The documents written for the tests in layouts beyond the five samples (Fixtures/layouts), each as text and
/// as the formats it is published in (made by tests/fixtures/make-layout-fixtures.sh), read once each.
/// </summary>
internal static class LayoutDocuments
{
    public const string FindingsWithRecommendations = "lcspr-findings-with-recommendations";
    public const string LearningPointsLettered = "learning-points-lettered-recommendations";
    public const string WhatNeedsToChange = "what-needs-to-change-partnership-response";
    public const string OverviewWithContents = "overview-report-r-numbered-with-contents";
    public const string ActionPlanTable = "action-plan-table-blue-rag";
    public const string KeyFindingsAgencyResponses = "key-findings-agency-responses";
    public const string AreasForImprovement = "areas-for-improvement-numbered-themes";
    public const string RapidReviewBulleted = "rapid-review-bulleted-recommendations";
    public const string ReportWithActionPlanTable = "report-with-action-plan-table";

    public static readonly string[] All =
        [FindingsWithRecommendations, LearningPointsLettered, WhatNeedsToChange, OverviewWithContents, ActionPlanTable, KeyFindingsAgencyResponses, AreasForImprovement, RapidReviewBulleted, ReportWithActionPlanTable];

    public static readonly string[] Extensions = [".txt", ".md", ".html", ".docx", ".pdf"];

    public static TheoryData<string> Formats => new(Extensions);

    public static TheoryData<string, string> EveryDocumentInEveryFormat
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var document in All)
                foreach (var extension in Extensions)
                    data.Add(document, extension);
            return data;
        }
    }

    private static readonly ConcurrentDictionary<string, ExtractedReview> Read = new();

    public static ExtractedReview Extract(string document, string extension) =>
        Read.GetOrAdd(document + extension, file =>
            new ReviewExtractor().Extract(DocumentReaders.Default.Read(Path.Combine(AppContext.BaseDirectory, "Fixtures", "layouts", file), file)));

    public static List<string?> Numbers(this ExtractedReview review, UnitKind kind) =>
        review.Units.Where(u => u.Kind == kind).Select(u => u.Number).ToList();

    public static LearningUnit Recommendation(this ExtractedReview review, string number) =>
        review.Units.Single(u => u.Kind == UnitKind.Recommendation && u.Number == number);

    public static LearningUnit Finding(this ExtractedReview review, string number) =>
        review.Units.Single(u => u.Kind == UnitKind.Finding && u.Number == number);

    public static List<LearningUnit> ActionsOf(this ExtractedReview review, string recommendationNumber)
    {
        var id = review.Recommendation(recommendationNumber).Id;
        return review.Units.Where(u => u.Kind == UnitKind.Action && u.RecommendationId == id).ToList();
    }

    /// <summary>The numbers of the recommendations the actions containing these words answer, in order (null for one answering none).</summary>
    public static List<string?> Answered(this ExtractedReview review, string words) =>
        review.Units.Where(u => u.Kind == UnitKind.Action && u.Text.Contains(words, StringComparison.Ordinal))
            .Select(a => review.Units.SingleOrDefault(u => u.Id == a.RecommendationId)?.Number).ToList();

    /// <summary>The numbers of the recommendations a finding cites, as printed.</summary>
    public static List<string?> CitedNumbers(this ExtractedReview review, LearningUnit finding) =>
        finding.Cites.Select(id => review.Units.Single(u => u.Id == id).Number).ToList();

    public static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
