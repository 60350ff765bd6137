#pragma once

#include "admin/AdminPage.h"
#include "storage/ReferenceData.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace redress {

class DateEdit;
class Session;

// The configurable lists (channels, categories, outcomes…): pick one, edit or add its terms.
// Terms are dated and deactivated rather than deleted, so old cases still report.
class ListsPage : public AdminPage
{
    Q_OBJECT

public:
    explicit ListsPage(Session& session, QWidget* parent = nullptr);

private:
    void loadTaxonomies();
    void loadTerms();
    void showTerm(int row);
    void newTerm();
    void saveTerm();

    QList<TaxonomyTerm> m_terms;
    qint64 m_editingId = 0;
    QComboBox* m_taxonomy = nullptr;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_label = nullptr;
    QSpinBox* m_order = nullptr;
    QCheckBox* m_active = nullptr;
    DateEdit* m_validFrom = nullptr;
    DateEdit* m_validTo = nullptr;
};

} // namespace redress
