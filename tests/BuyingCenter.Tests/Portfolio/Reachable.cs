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

    /// <summary>
    /// About what the object takes on a 64-bit heap: a 16-byte header (24 for an array, with its length) and its fields or
    /// items, 8 bytes a reference. Padding is not counted: enough to see what a kept object costs and what a field adds.
    /// </summary>
    public static long SizeOf(object item)
    {
        var type = item.GetType();
        if (item is string text)
        {
            return 22 + (2L * text.Length);
        }

        if (item is Array array)
        {
            return 24 + (array.LongLength * FieldSize(type.GetElementType()!));
        }

        long size = 16;
        for (var t = type; t is not null; t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                size += FieldSize(field.FieldType);
            }
        }

        return size;
    }

    private static int FieldSize(Type type) =>
        type.IsValueType ? (int)typeof(Unsafe).GetMethod(nameof(Unsafe.SizeOf))!.MakeGenericMethod(type).Invoke(null, null)! : IntPtr.Size;
}
