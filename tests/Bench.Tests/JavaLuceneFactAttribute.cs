using LearningSearch.Bench.Measuring;

namespace LearningSearch.Bench.Tests;

/// <summary>A test that needs java and Debian's Lucene 8 jars; skipped, with the reason, where they are not installed.</summary>
public sealed class JavaLuceneFactAttribute : FactAttribute
{
    public JavaLuceneFactAttribute()
    {
        if (LuceneJavaPeer.Find().Missing is { } missing) Skip = "Java Lucene is not installed here: " + missing;
    }
}
