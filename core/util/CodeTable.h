#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>
#include <array>
#include <optional>

namespace redress {

// One value of a fixed enum: its stable code (stored in the database and written to files)
// and its label (shown to people; marked with QT_TRANSLATE_NOOP under the table's context).
template <typename Enum> struct Coded
{
    Enum value;
    const char* code;
    const char* label;
    const char* definition = nullptr; // a longer explanation, where the table has one
};

// The codes and labels of a fixed enum (kinds, states, procedures, actions, report bases):
// one template for every such table, so each looks codes up and translates labels the same
// way. A label is translated under `context`, the one its QT_TRANSLATE_NOOP names.
template <typename Enum, std::size_t Size> class CodeTable
{
public:
    constexpr CodeTable(const char* context, std::array<Coded<Enum>, Size> rows)
        : m_context(context), m_rows(rows)
    {}

    QList<Enum> values() const
    {
        QList<Enum> result;
        for (const auto& row : m_rows)
            result.append(row.value);
        return result;
    }
    QString code(Enum value) const
    {
        const auto* row = find(value);
        return row ? QString::fromLatin1(row->code) : QString();
    }
    std::optional<Enum> fromCode(QStringView code) const
    {
        for (const auto& row : m_rows)
            if (code == QLatin1String(row.code))
                return row.value;
        return std::nullopt;
    }
    QString label(Enum value) const
    {
        const auto* row = find(value);
        return row ? QCoreApplication::translate(m_context, row->label) : QString();
    }

    QString definition(Enum value) const
    {
        const auto* row = find(value);
        return row && row->definition ? QCoreApplication::translate(m_context, row->definition)
                                      : QString();
    }

private:
    const Coded<Enum>* find(Enum value) const
    {
        for (const auto& row : m_rows)
            if (row.value == value)
                return &row;
        return nullptr;
    }

    const char* m_context;
    std::array<Coded<Enum>, Size> m_rows;
};

} // namespace redress
