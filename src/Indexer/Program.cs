namespace LearningSearch.Indexer; internal static class Program { private static int Main() => 0; }
