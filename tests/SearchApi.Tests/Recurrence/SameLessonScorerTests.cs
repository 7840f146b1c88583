using System.Text.Json;
using LearningSearch.SearchApi.Recurrence;
using LearningSearch.Themes;

namespace LearningSearch.SearchApi.Tests.Recurrence;

/// <summary>
/// A board chair is told "this recommendation was made again" only when the two ask for the same change: the scorer's
/// features say what the two texts share in words a chair can check, and the shipped scorer holds its measured
/// precision on the labelled pairs it was not fitted on.
/// </summary>
public sealed class SameLessonScorerTests
{
    private static readonly string Folder = Path.Combine(LearningSearchHost.RepositoryRoot(), "tests", "SearchApi.Tests", "Recurrence", "LabelledPairs");

    private const string WasNotBroughtLater = "The LA adopts the more appropriate terminology of 'Was Not Brought' (WNB) instead of 'Did Not Attend' (DNA) which unjustly places an emphasis on a child when it is the parent or guardian who does not bring a child or young person to an appointment.";
    private const string WasNotBroughtEarlier = "Missed medical appointments for children on a child protection or children in need plan should no longer be recorded as DNA (did not attend) but always seen in the context of 'was not brought', to ensure that parental neglect is considered as a factor.";
    private const string Alcohol = "Drug and Alcohol Workers to attend safeguarding children training as outlined in NCH Safeguarding Training Strategy";

    private static LessonText Tagged(ThemeTagger tagger, string text) => new(text, tagger.Tag(text));

    [Fact]
    public void TwoRecommendationsToStopRecordingDidNotAttend_ShouldBePairedByTheWordsTheyShare()
    {
        var tagger = new ThemeTagger(Taxonomy.LoadDefault());
        var texts = new[] { WasNotBroughtLater, WasNotBroughtEarlier, Alcohol }.Select(t => Tagged(tagger, t)).ToList();
        var comparison = new LessonComparison(texts);

        var wnb = comparison.Compare(texts[0], texts[1]);
        var unlike = comparison.Compare(texts[0], texts[2]);

        Assert.Contains("did not attend", wnb.PhrasesSaid);
        Assert.Contains("not brought", wnb.PhrasesSaid);
        Assert.Equal(1, wnb.SameTrigger);
        Assert.True(wnb.SharedWords > unlike.SharedWords, $"{wnb.SharedWords} against {unlike.SharedWords}");
        Assert.StartsWith("Both speak of \u201cnot brought\u201d, \u201cdid not attend\u201d, ", wnb.Why(0.667));
        Assert.EndsWith("; 67 % alike in meaning.", wnb.Why(0.667));
    }

    [Fact]
    public void APairSharingNoWord_ShouldSayItWasPairedByMeaningAlone()
    {
        var words = new LessonWords(0, 0, 1 / 3.0, 0.5, 0, 0, [], []);
        Assert.Equal("Paired by meaning alone: 58 % alike in meaning.", words.Why(0.58));
    }

    [Fact]
    public void TheShippedScorer_OnTheHeldOutLabelledPairs_ShouldShowTheSameLessonAtLeastFourTimesInFive()
    {
        // Each labelled pair's features and half, written by tools/MeasureRecurrence fit (docs/quality.md); the held-out
        // half's later reviews were never seen by the fitting.
        var scored = File.ReadLines(Path.Combine(Folder, "second", "scored.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var heldOut = scored.Where(p => p.GetProperty("half").GetString() == "held-out").ToList();
        var shown = heldOut.Where(p => SameLessonScorer.Fitted.Judge(Features(p)) == LessonVerdict.SameLesson).ToList();
        var same = shown.Count(p => p.GetProperty("label").GetString() == "same");

        Assert.True(shown.Count >= MeasuredHeldOut.LeastShown, $"{shown.Count} held-out pairs shown");
        Assert.True(same >= MeasuredHeldOut.Precision * shown.Count - 1e-9, $"{same} of {shown.Count} shown are the same lesson (floor {MeasuredHeldOut.Precision:P0})");
    }

    [Fact]
    public void TheSameSubjectList_OnTheHeldOutLabelledPairs_ShouldMostlyBeOnTheSameSubject_AndNeverHoldARepeat()
    {
        var scored = File.ReadLines(Path.Combine(Folder, "second", "scored.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var heldOut = scored.Where(p => p.GetProperty("half").GetString() == "held-out").ToList();
        var listed = heldOut.Where(p => SameLessonScorer.Fitted.Judge(Features(p)) == LessonVerdict.SameSubject).ToList();
        var onSubject = listed.Count(p => p.GetProperty("label").GetString() is "same" or "related");

        Assert.All(listed, p => Assert.True(SameLessonScorer.Fitted.Probability(Features(p)) < SameLessonScorer.Fitted.Threshold));
        Assert.True(onSubject >= MeasuredHeldOut.SameSubjectPrecision * listed.Count - 1e-9, $"{onSubject} of {listed.Count} listed are on the same subject");
    }

    private static LessonFeatures Features(JsonElement pair)
    {
        var v = pair.GetProperty("features").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        return new LessonFeatures(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }

    /// <summary>Floors a little under the held-out figures of docs/quality.md, so a refit that loses ground fails here.</summary>
    private static class MeasuredHeldOut
    {
        // Measured: 14 shown, 12 the same lesson (0.86); the same-subject list 34 of 37 on the same subject (0.92).
        public const int LeastShown = 12;
        public const double Precision = 0.8;
        public const double SameSubjectPrecision = 0.85;
    }
}
