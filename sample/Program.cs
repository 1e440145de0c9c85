using System;
using System.Text;
using Dataset.Sample.Cli;

// Articles are full of curly quotes and dashes; a legacy console code page would print them as '?'.
Console.OutputEncoding = Encoding.UTF8;
return SampleApp.Run(args);
