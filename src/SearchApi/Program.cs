using LearningSearch.SearchApi.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddLearningSearch();

var app = builder.Build();
app.UseLearningSearch();
app.Run();

/// <summary>The SearchApi host; public so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;
