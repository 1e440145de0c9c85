using System;
using System.Collections.Generic;
using System.Linq;
using Dataset.Sample.Cli;

namespace Dataset.Sample.Matching;

/// <summary>Finds the article a typed id means, and explains when there is none.</summary>
public static class ArticleIds
{
    /// <summary>
    /// The article with this id; failing that, the one article whose id starts with it, case ignored (as git takes
    /// a short commit hash): <c>show 000</c> is enough while no other id starts with 000.
    /// </summary>
    public static Article? Find(string id)
    {
        if (Articles.TryGet(id, out Article? article))
        {
            return article;
        }

        List<string> prefixed = Articles.Ids.Where(known => known.StartsWith(id, StringComparison.OrdinalIgnoreCase)).Take(2).ToList();
        return prefixed.Count == 1 ? Articles.Get(prefixed[0]) : null;
    }

    /// <summary>Reports an id that <see cref="Find"/> did not resolve, with the ids it is near; exit code 1.</summary>
    public static int ReportUnknown(ErrorReporter errors, string id) => errors.NotFound(
        $"No article has the id '{id}'.",
        ErrorReporter.DidYouMean(Suggestions.Near(id, Articles.Ids), $"The dataset has {Counts.Of(Articles.Count, "article")}; 'list' shows their ids."));
}
