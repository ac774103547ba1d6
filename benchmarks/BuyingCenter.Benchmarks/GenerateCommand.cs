using System;
using System.Globalization;
using System.IO;
using BuyingCenter.Serialization;
using BuyingCenter.Synthetic;

namespace BuyingCenter.Benchmarks;

/// <summary>
/// <c>generate [--people N] [--relationships-per-person R] [--sellers S] [--opportunities O] [--buying-group G] [--seed S] [--out FILE]</c>:
/// writes a synthetic plan file, so anyone can time the tool on the same big plan the benchmarks use.
/// </summary>
public static class GenerateCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var options = new AccountGeneratorOptions();
        string? path = null;
        try
        {
            for (var i = 0; i < args.Length; i++)
            {
                var name = args[i];
                var value = i + 1 < args.Length ? args[++i] : throw new ArgumentException("Option " + name + " needs a value.");
                options = name switch
                {
                    "--people" => options with { People = Number(value) },
                    "--relationships-per-person" => options with { RelationshipsPerPerson = Number(value) },
                    "--sellers" => options with { Sellers = Number(value) },
                    "--opportunities" => options with { Opportunities = Number(value) },
                    "--buying-group" => options with { BuyingGroupSize = Number(value) },
                    "--seed" => options with { Seed = long.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture) },
                    "--out" => options,
                    _ => throw new ArgumentException("Unknown option " + name + "."),
                };
                if (name == "--out")
                {
                    path = value;
                }
            }
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
        {
            error.WriteLine(ex.Message);
            error.WriteLine("usage: generate [--people N] [--relationships-per-person R] [--sellers S] [--opportunities O] [--buying-group G] [--seed S] [--out FILE]");
            return 64;
        }

        var plan = AccountGenerator.Generate(options);
        if (path is null)
        {
            PlanFile.Write(plan, output);
        }
        else
        {
            PlanFile.Save(plan, path);
            error.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}: {1} people, {2} relationships, {3} opportunities", path, plan.People.Count, plan.Relationships.Count, plan.Opportunities.Count));
        }

        return 0;
    }

    private static int Number(string value) => int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
