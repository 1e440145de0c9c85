using System;
using System.Globalization;
using System.IO;
using Dataset;
using Dataset.Sample;

// Everything below reads compile-time data: the seeds were parsed when this program was built.
return args switch
{
    [] => ListAndShowFirst(Console.Out),
    ["show", string id] => Show(id, Console.Out, Console.Error),
    _ => Usage(Console.Error),
};

static int ListAndShowFirst(TextWriter output)
{
    output.WriteLine($"{Articles.Count} article(s) built from seeds at compile time:");
    output.WriteLine();
    output.WriteLine($"{"id",-24} {"dateline",-12} {"photo credit",-18} {"paras",5} {"words",6} {"read",6} {"quotes",6}");
    foreach (Article article in Articles.All)
    {
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{article.Id,-24} {article.Dateline ?? "-",-12} {article.PhotoCredit ?? "-",-18} {article.Paragraphs.Count,5} {article.WordCount,6} {ReadingTime(article),6} {article.Quotes.Count,6}"));
    }

    if (Articles.Count > 0)
    {
        output.WriteLine();
        Print(Articles.All[0], output);
    }

    return 0;
}

static int Show(string id, TextWriter output, TextWriter error)
{
    if (!Articles.TryGet(id, out Article? article))
    {
        error.WriteLine($"No article has the id '{id}'. Known ids: {string.Join(", ", Articles.Ids)}");
        return 1;
    }

    Print(article, output);
    return 0;
}

static int Usage(TextWriter error)
{
    error.WriteLine("Usage: dotnet run --project sample [-- show <id>]");
    return 2;
}

static void Print(Article article, TextWriter output)
{
    output.WriteLine($"== {article.Title ?? article.Id} ==");
    output.WriteLine($"source:       {article.SourceFile}");
    output.WriteLine($"dateline:     {article.Dateline ?? "(none)"}");
    output.WriteLine($"photo credit: {article.PhotoCredit ?? "(none)"}");
    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"words:        {article.WordCount} ({ReadingTime(article)} to read)"));
    output.WriteLine($"sha-256:      {article.ContentHash}");
    foreach (RemovedLine line in article.RemovedLines)
    {
        output.WriteLine($"removed:      line {line.Line}: {line.Text}");
    }

    foreach (Paragraph paragraph in article.Paragraphs)
    {
        output.WriteLine();
        output.WriteLine($"[{paragraph.Index}, line {paragraph.Line}] {paragraph.Text}");
    }

    output.WriteLine();
    output.WriteLine($"Quotes ({article.Quotes.Count}):");
    foreach (Quote quote in article.Quotes)
    {
        string speaker = quote.Speaker is null ? "(unattributed)"
            : quote.SpeakerName is null || quote.SpeakerName == quote.Speaker ? quote.Speaker
            : $"{quote.Speaker} = {quote.SpeakerName}";
        output.WriteLine($"  {quote.Index,2}. [{quote.Kind}, paragraph {quote.Paragraph}] {speaker} ({quote.Cue ?? "no cue"}): “{quote.Text}”");
    }

    output.WriteLine();
    output.WriteLine("Speakers:");
    foreach (Speaker speaker in article.Speakers)
    {
        output.WriteLine($"  {speaker.Name}: {speaker.Quotes.Count} quote(s), written as {string.Join(", ", speaker.Aliases)}");
    }
}

static string ReadingTime(Article article) =>
    article.ReadingTime.ToString(@"m\:ss", CultureInfo.InvariantCulture);
