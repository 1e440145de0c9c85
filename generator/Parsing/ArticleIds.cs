namespace Dataset.Generator.Parsing
{
    /// <summary>What an article id may look like when a seed's front matter chooses one.</summary>
    internal static class ArticleIds
    {
        public const string Rule = "an id of 1 to 128 letters, digits, '-', '_' or '.', not starting with '.'";

        public static bool IsValid(string id)
        {
            if (id.Length == 0 || id.Length > 128 || id[0] == '.')
            {
                return false;
            }

            foreach (char c in id)
            {
                if (!char.IsLetterOrDigit(c) && c != '-' && c != '_' && c != '.')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
