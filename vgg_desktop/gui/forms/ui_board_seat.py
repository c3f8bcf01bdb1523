# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'board_seat.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpinBox,
    QWidget)

class Ui_BoardSeatForm(object):
    def setupUi(self, BoardSeatForm):
        if not BoardSeatForm.objectName():
            BoardSeatForm.setObjectName(u"BoardSeatForm")
        BoardSeatForm.resize(520, 400)
        self.form_layout = QFormLayout(BoardSeatForm)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.kind_label = QLabel(BoardSeatForm)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(BoardSeatForm)
        self.kind.setObjectName(u"kind")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.role_label = QLabel(BoardSeatForm)
        self.role_label.setObjectName(u"role_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role = QComboBox(BoardSeatForm)
        self.role.setObjectName(u"role")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.role)

        self.municipality_id_label = QLabel(BoardSeatForm)
        self.municipality_id_label.setObjectName(u"municipality_id_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.municipality_id_label)

        self.municipality_id = QComboBox(BoardSeatForm)
        self.municipality_id.setObjectName(u"municipality_id")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.municipality_id)

        self.constituency_label = QLabel(BoardSeatForm)
        self.constituency_label.setObjectName(u"constituency_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.constituency_label)

        self.constituency = QLineEdit(BoardSeatForm)
        self.constituency.setObjectName(u"constituency")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.constituency)

        self.position_label = QLabel(BoardSeatForm)
        self.position_label.setObjectName(u"position_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.position_label)

        self.position = QSpinBox(BoardSeatForm)
        self.position.setObjectName(u"position")
        self.position.setMinimum(0)
        self.position.setMaximum(9999)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.position)

        self.notes_label = QLabel(BoardSeatForm)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(BoardSeatForm)
        self.notes.setObjectName(u"notes")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.notes.sizePolicy().hasHeightForWidth())
        self.notes.setSizePolicy(sizePolicy)
        self.notes.setMinimumSize(QSize(0, 60))
        self.notes.setTabChangesFocus(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notes)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind)
        self.role_label.setBuddy(self.role)
        self.municipality_id_label.setBuddy(self.municipality_id)
        self.constituency_label.setBuddy(self.constituency)
        self.position_label.setBuddy(self.position)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.role)
        QWidget.setTabOrder(self.role, self.municipality_id)
        QWidget.setTabOrder(self.municipality_id, self.constituency)
        QWidget.setTabOrder(self.constituency, self.position)
        QWidget.setTabOrder(self.position, self.notes)

        self.retranslateUi(BoardSeatForm)

        QMetaObject.connectSlotsByName(BoardSeatForm)
    # setupUi

    def retranslateUi(self, BoardSeatForm):
        self.kind_label.setText(QCoreApplication.translate("BoardSeatForm", u"Kind of seat: *", None))
        self.role_label.setText(QCoreApplication.translate("BoardSeatForm", u"Role: *", None))
        self.municipality_id_label.setText(QCoreApplication.translate("BoardSeatForm", u"On behalf of municipality:", None))
#if QT_CONFIG(tooltip)
        self.municipality_id.setToolTip(QCoreApplication.translate("BoardSeatForm", u"Only a municipality seat belongs to a municipality", None))
#endif // QT_CONFIG(tooltip)
        self.constituency_label.setText(QCoreApplication.translate("BoardSeatForm", u"On behalf of:", None))
#if QT_CONFIG(tooltip)
        self.constituency.setToolTip(QCoreApplication.translate("BoardSeatForm", u"Whom a seat that is not a municipality seat represents", None))
#endif // QT_CONFIG(tooltip)
        self.constituency.setPlaceholderText(QCoreApplication.translate("BoardSeatForm", u"e.g. Kring van gemeentesecretarissen", None))
        self.position_label.setText(QCoreApplication.translate("BoardSeatForm", u"Order:", None))
#if QT_CONFIG(tooltip)
        self.position.setToolTip(QCoreApplication.translate("BoardSeatForm", u"Where the seat appears in the overview of the board", None))
#endif // QT_CONFIG(tooltip)
        self.notes_label.setText(QCoreApplication.translate("BoardSeatForm", u"Notes:", None))
        pass
    # retranslateUi

