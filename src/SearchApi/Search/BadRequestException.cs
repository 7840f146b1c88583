namespace LearningSearch.SearchApi.Search;

/// <summary>Something a caller sent that cannot be answered, with what to fix: answered as a 400 problem.</summary>
public sealed class BadRequestException(string title, string detail) : Exception(detail)
{
    public string Title { get; } = title;

    public string Detail { get; } = detail;
}
