using System;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace BuyingCenter.Tests.Portfolio;

/// <summary>Every object reachable from a root through instance fields and array items: what keeping the root keeps alive.</summary>
internal static class Reachable
{
    public static HashSet<object> From(object root)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<object>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var item = pending.Pop();
            if (!seen.Add(item))
            {
                continue;
            }

            var type = item.GetType();
            if (type == typeof(string) || item is MemberInfo or Module or Assembly || type.IsPointer)
            {
                continue;
            }

            if (item is Array array)
            {
                if (!type.GetElementType()!.IsValueType || !type.GetElementType()!.IsPrimitive)
                {
                    foreach (var element in array)
                    {
                        if (element is not null && !element.GetType().IsPrimitive)
                        {
                            pending.Push(element);
                        }
                    }
                }

                continue;
            }

            for (var t = type; t is not null; t = t.BaseType)
            {
                foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (field.FieldType.IsPointer || field.FieldType == typeof(IntPtr) || field.FieldType.IsByRefLike)
                    {
                        continue;
                    }

                    if (field.GetValue(item) is { } value && !value.GetType().IsPrimitive && !value.GetType().IsEnum)
                    {
                        pending.Push(value);
                    }
                }
            }
        }

        return seen;
    }
}
