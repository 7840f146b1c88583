namespace LearningSearch.MeasureMeaning;

/// <summary>
/// --units FILE (JSON lines of the extract command) --questions FILE (tuning.json) --only pieces,throughput,package,questions,window
/// --weights int8,float32 --windows 128,256 --batches 1,16,32,64 --repeats 3
/// </summary>
internal sealed record Arguments(string Units, string Questions, string[] Only, bool[] EightBit, int[] Windows, int[] Batches, int Repeats)
{
    public bool Wants(string part) => Only.Length == 0 || Only.Contains(part);

    public static Arguments Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
        }
        int[] Numbers(string name, string fallback) => Value(name, fallback).Split(',').Select(int.Parse).ToArray();

        return new Arguments(
            Value("--units", "units.jsonl"),
            Value("--questions", "tests/SearchApi.Tests/Relevance/BlindQuestions/tuning.json"),
            Value("--only", "").Split(',', StringSplitOptions.RemoveEmptyEntries),
            Value("--weights", "int8,float32").Split(',').Select(w => w == "int8").ToArray(),
            Numbers("--windows", "128,256"),
            Numbers("--batches", "1,16,32,64"),
            int.Parse(Value("--repeats", "3")));
    }
}
