namespace LearningSearch.Meaning.Tests;

[Collection(MiniLmCollection.Name)]
public sealed class SearchByMeaningTests(MiniLmFixture miniLm)
{
    private UnitVectors Library()
    {
        var built = UnitVectorsBuild.Build(Recommendations.All, miniLm.Encoder);
        return built.Vectors;
    }

    private IReadOnlyList<MeaningHit> Ask(string question, int count = 5, Func<string, bool>? allowed = null) =>
        Library().Nearest(miniLm.Encoder.EncodeQuestion(question).Vector, count, allowed);

    [Fact]
    public void AQuestionAboutBabiesSleepingInTheirParentsBed_ShouldBeNearestTheSaferSleepRecommendation_NotSchoolAttendance()
    {
        var hits = Ask("babies sleeping in their parents' bed");

        Assert.Equal(Recommendations.SaferSleep.UnitId, hits[0].UnitId);
        var attendance = hits.Single(h => h.UnitId == Recommendations.SchoolAttendance.UnitId);
        Assert.True(hits[0].Similarity > attendance.Similarity + 0.1f,
            $"safer sleep {hits[0].Similarity:F3} should be well ahead of school attendance {attendance.Similarity:F3}");
    }

    [Fact]
    public void AQuestionAboutChildrenMissingSchool_ShouldBeNearestTheAttendanceRecommendation()
    {
        var hits = Ask("children missing from school for weeks");

        Assert.Equal(Recommendations.SchoolAttendance.UnitId, hits[0].UnitId);
    }

    [Fact]
    public void AQuestionAboutPoliceReportsOfViolenceAtHome_ShouldBeNearestTheDomesticAbuseNotices()
    {
        var hits = Ask("police reports of violence between parents at home");

        Assert.Equal(Recommendations.DomesticAbuseNotices.UnitId, hits[0].UnitId);
    }

    [Fact]
    public void ASearchFilteredToOtherReviews_ShouldNotReturnTheNearestUnitOutsideThem()
    {
        var hits = Ask("babies sleeping in their parents' bed", count: 2, allowed: id => id.StartsWith("test/", StringComparison.Ordinal));

        Assert.Equal(2, hits.Count);
        Assert.All(hits, h => Assert.StartsWith("test/", h.UnitId, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryHit_ShouldCarryTheCosineSimilarity_BestFirst()
    {
        var hits = Ask("supervision of social workers");

        Assert.Equal(Recommendations.Supervision.UnitId, hits[0].UnitId);
        Assert.Equal(Recommendations.All.Count, hits.Count);
        Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Similarity >= p.Second.Similarity));
        Assert.All(hits, h => Assert.InRange(h.Similarity, -1.0001f, 1.0001f));
    }
}
