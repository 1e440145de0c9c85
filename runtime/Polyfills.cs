#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices
{
    // Lets positional records compile for netstandard2.0; internal so it never clashes with a consumer's copy.
    internal static class IsExternalInit
    {
    }
}

namespace System.Diagnostics.CodeAnalysis
{
    // The compiler reads nullable attributes by name, so this internal copy annotates the netstandard2.0 build's
    // TryGet for every consumer without adding a public type that could clash with theirs.
    [AttributeUsage(AttributeTargets.Parameter)]
    internal sealed class NotNullWhenAttribute : Attribute
    {
        public NotNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;

        public bool ReturnValue { get; }
    }
}
#endif
