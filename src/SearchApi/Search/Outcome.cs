using System.Diagnostics.CodeAnalysis;

namespace LearningSearch.SearchApi.Search;

/// <summary>
/// What the search layer answers: the answer, or the problem that stands in its way. Bad input is expected (people
/// type unbalanced quotes and pick impossible pages), so it is a value to return, not an exception to throw.
/// </summary>
public readonly struct Outcome<TAnswer, TProblem> where TProblem : SearchProblem
{
    private readonly TAnswer _answer;

    private Outcome(TAnswer answer, TProblem? problem) => (_answer, Problem) = (answer, problem);

    /// <summary>Why there is no answer; null when there is one.</summary>
    public TProblem? Problem { get; }

    /// <summary>The answer, for a caller that knows the request was good (a benchmark, a test); like <see cref="Nullable{T}.Value"/>, it throws when there is none.</summary>
    public TAnswer Answer => Problem is null ? _answer : throw new InvalidOperationException($"There is no answer: {Problem.Title}. {Problem.Detail}");

    public bool TryGet([MaybeNullWhen(false)] out TAnswer answer, [NotNullWhen(false)] out TProblem? problem)
    {
        (answer, problem) = (_answer, Problem);
        return problem is null;
    }

    public static implicit operator Outcome<TAnswer, TProblem>(TAnswer answer) => new(answer, null);

    public static implicit operator Outcome<TAnswer, TProblem>(TProblem problem) => new(default!, problem ?? throw new ArgumentNullException(nameof(problem)));
}

/// <summary>Why a request has no answer, in the users' words: what is wrong and how to put it right.</summary>
public abstract record SearchProblem(string Title, string Detail);

/// <summary>A request the search cannot run as sent: which parameter (<c>q</c>, <c>page</c>, <c>theme</c> ...), what is wrong with it and what to send instead.</summary>
public sealed record SearchRefusal(string Parameter, string Title, string Detail) : SearchProblem(Title, Detail);

/// <summary>The unit, review or theme asked for by id is not in the index (or the taxonomy); the detail says where the ids are listed.</summary>
public sealed record UnknownId(string Kind, string Id, string Detail) : SearchProblem("Not found", Detail);
