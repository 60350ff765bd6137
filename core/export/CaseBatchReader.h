#pragma once

#include "domain/Case.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>
#include <optional>

namespace redress {
class Database;
}

namespace redress::exporting {

// Whole cases (stages, suspensions, people, points and findings, remedies, learning, staff,
// costs, links, re-openings, notes, the Ombudsman's decision) read a batch at a time: one
// query for the batch's cases and one per collection for all of them, instead of a dozen
// queries per case. Each case is what CaseRepository::load gives for it.
class CaseBatchReader
{
public:
    static constexpr int batchSize = 1000;

    // Cases received from `from` to `to` inclusive (either may be null: unbounded), oldest
    // first (ties by id); with a viewer, only those the viewer may see.
    CaseBatchReader(Database& database, QDate from, QDate to, std::optional<QString> viewer);

    // How many cases there are to read.
    Result<qint64> count() const;
    // The next batch, in order; empty when every case has been read.
    Result<QList<Case>> next();

private:
    QString conditions(QVariantList& values) const;
    Status readStages(QList<Case>& cases, const QString& ids) const;
    Status readPeopleAndPoints(QList<Case>& cases, const QString& ids) const;
    Status readActions(QList<Case>& cases, const QString& ids) const;
    Status readHistory(QList<Case>& cases, const QString& ids) const;
    Status readOmbudsman(QList<Case>& cases, const QString& ids) const;

    Database& m_database;
    QDate m_from;
    QDate m_to;
    std::optional<QString> m_viewer;
    // Where the last batch ended: the next starts after this (received_on, id).
    QDate m_lastReceived;
    qint64 m_lastId = 0;
    bool m_done = false;
};

} // namespace redress::exporting
