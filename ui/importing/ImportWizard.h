#pragma once

#include "importing/ImportSession.h"

#include <QWizard>

namespace redress {

class Session;
class FilePage;
class ImportPage;
class MappingPage;
class SheetPage;
class ValidationPage;

// Brings a legacy complaint log into Redress: file, sheet, mapping, check, import.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FileStep,
        SheetStep,
        MappingStep,
        ValidationStep,
        ImportStep
    };

    explicit ImportWizard(Session& session, QWidget* parent = nullptr);
    ~ImportWizard() override;

    const ImportSession& session() const { return m_session; }
    MappingPage* mappingPage() const { return m_mapping; }
    ValidationPage* validationPage() const { return m_validation; }
    ImportPage* importPage() const { return m_import; }

signals:
    void casesImported(qint64 batchId);

private:
    ImportSession m_session;
    MappingPage* m_mapping = nullptr;
    ValidationPage* m_validation = nullptr;
    ImportPage* m_import = nullptr;
};

} // namespace redress
