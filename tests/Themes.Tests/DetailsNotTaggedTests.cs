namespace LearningSearch.Themes.Tests;

/// <summary>
/// An action plan's "By Whom" and "Audit of implementation" columns say who does an action and how it will be
/// checked, not what it is about; their words must not tag themes. The columns that say what an action is for
/// ("Outcome", "Impact") still count.
/// </summary>
public class DetailsNotTaggedTests
{
    [Fact]
    public void AnActionCheckedByAuditingSupervisionFiles_ShouldNotBeSupervisionOrAudit()
    {
        var themes = Shipped.ThemesOf(
            "Send the revised guidance to every team.\n\nBy Whom: Head of Service, Safeguarding and Supervision\n\n"
            + "Audit of implementation: Audit of supervision files; case file audit in six months");

        Assert.DoesNotContain("supervision", themes);
        Assert.DoesNotContain("quality-assurance", themes);
    }

    [Fact]
    public void AnAuditColumnRunningOverSeveralParagraphs_ShouldBeIgnoredToTheEnd()
    {
        var themes = Shipped.ThemesOf(
            "Circulate the new procedure.\n\nAudit of implementation: Minutes reflect discussion.\n\nAudit of supervision files\n\nCase conference minutes checked.");

        Assert.Empty(themes);
    }

    [Fact]
    public void AnOutcomeColumn_ShouldStillTagItsThemes()
    {
        var themes = Shipped.ThemesOf(
            "Revise the supervision template.\n\nBy Whom: Named Nurse\n\nOutcome: Safeguarding supervision records the decisions made about each child.");

        Assert.Contains("supervision", themes);
    }

    [Fact]
    public void TheActionsOwnWords_ShouldStillCountBeforeTheColumns()
    {
        var themes = Shipped.ThemesOf(
            "Audit of supervision records to be undertaken across the service.\n\nBy Whom: Named Nurse\n\nAudit of implementation: Report to the board");

        Assert.Contains("quality-assurance", themes);
    }

    [Fact]
    public void ADetailsNotTaggedEntryWithAColon_ShouldBeRefused()
    {
        var json = """
            { "detailsNotTagged": ["By Whom:"],
              "themes": [ { "id": "housing", "label": "Housing", "definition": "Where families live.", "phrases": ["housing"], "synonyms": [] } ] }
            """;

        var message = Assert.Throws<TaxonomyException>(() => Taxonomy.Parse(json, "columns.json")).Message;

        Assert.Contains("columns.json", message, StringComparison.Ordinal);
        Assert.Contains("detailsNotTagged", message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheShippedTaxonomy_ShouldIgnoreTheWhoAndHowCheckedColumns()
    {
        Assert.Contains("By Whom", Shipped.Taxonomy.DetailsNotTagged);
        Assert.Contains("Audit of implementation", Shipped.Taxonomy.DetailsNotTagged);
        Assert.DoesNotContain("Outcome", Shipped.Taxonomy.DetailsNotTagged);
        Assert.DoesNotContain("Impact", Shipped.Taxonomy.DetailsNotTagged);
    }
}
