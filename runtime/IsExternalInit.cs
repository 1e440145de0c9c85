#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices
{
    // Lets positional records compile for netstandard2.0; internal so it never clashes with a consumer's copy.
    internal static class IsExternalInit
    {
    }
}
#endif
