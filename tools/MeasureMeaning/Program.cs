// Measures search by meaning on the bundled corpus: word pieces per unit, encoding throughput by window and
// batch size (ours and the package's own encoder), and how much the window changes vectors and relevance.
// Usage: see docs/meaning.md. Figures go to standard output as Markdown tables.
using LearningSearch.MeasureMeaning;

var arguments = Arguments.Parse(args);
var units = CorpusUnits.Read(arguments.Units);
Console.WriteLine($"{units.Count} units from {arguments.Units}; {Environment.ProcessorCount} CPUs; load {Machine.Load()}");
Console.WriteLine();

if (arguments.Wants("pieces"))
{
    WordPieceCounts.Report(units);
}
if (arguments.Wants("throughput"))
{
    Throughput.Report(units, arguments.EightBit, arguments.Windows, arguments.Batches, arguments.Repeats);
}
if (arguments.Wants("package"))
{
    PackageEncoder.Report(units, arguments.Repeats);
}
if (arguments.Wants("questions"))
{
    QuestionLatency.Report(arguments.Questions);
}
if (arguments.Wants("window"))
{
    WindowRelevance.Report(units, arguments.Questions);
}
