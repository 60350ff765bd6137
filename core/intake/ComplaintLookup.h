#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QVariantList>
#include <optional>

namespace redress {

class Database;

// A complaint as the LGSCO enquiry form offers it.
struct ComplaintRef
{
    qint64 id = 0;
    QString reference;
    QString complainantName;
    QString summary;
};

// Finds complaints by their reference, for linking an Ombudsman enquiry to its complaint.
class ComplaintLookup
{
public:
    explicit ComplaintLookup(Database& database) : m_database(database) {}
    // Only the complaints `viewer` may see: restricted ones not restricted to them are left out.
    ComplaintLookup(Database& database, const QString& viewer)
        : m_database(database), m_viewer(viewer)
    {}

    // Complaints whose reference contains `text` (ignoring case), newest reference first.
    Result<QList<ComplaintRef>> find(const QString& text, int limit = 20) const;
    // The complaint with exactly this reference (ignoring case and spaces around it).
    Result<ComplaintRef> byReference(const QString& reference) const;

private:
    // The condition and value that leave out cases hidden from the viewer, if there is one.
    QString visible(QVariantList& values) const;

    Database& m_database;
    std::optional<QString> m_viewer; // unset: every complaint
};

} // namespace redress
