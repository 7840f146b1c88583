using LearningSearch.Indexer.CommandLine;

return IndexerCommandLine.Run(args, Console.Out, Console.Error);
