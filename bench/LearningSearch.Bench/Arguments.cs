namespace LearningSearch.Bench;

/// <summary>A command line read into a command, its positional values and its <c>--name value</c> options.</summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.OrdinalIgnoreCase);

    public Arguments(IReadOnlyList<string> args)
    {
        Command = args.Count > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : null;
        for (var i = Command is null ? 0 : 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                var eq = arg.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0) _options[arg[2..eq]] = arg[(eq + 1)..];
                else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal)) _options[arg[2..]] = args[++i];
                else _options[arg[2..]] = null;
            }
            else
            {
                Positional.Add(arg);
            }
        }
    }

    public string? Command { get; }

    public List<string> Positional { get; } = [];

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Get(string name) => _options.TryGetValue(name, out var v) ? v : null;

    public string Get(string name, string fallback) => Get(name) ?? fallback;

    public IEnumerable<string> Names => _options.Keys;
}
