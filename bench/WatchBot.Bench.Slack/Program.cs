Console.WriteLine("The Slack benchmarks come with the Slack milestone.");
