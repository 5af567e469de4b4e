Console.WriteLine("The Discord benchmarks come with the Discord milestone.");
