import type { ConsentLocale } from '../core/texts.js';

/** Greek, in the formal register of Greek public sites (plural "εσείς"). Glossary: glossary/el.md. */
const el = {
  code: 'el',
  texts: {
    banner: {
      label: 'Συγκατάθεση για cookies',
      title: 'Χρησιμοποιούμε cookies',
      description:
        'Ορισμένα cookies είναι απαραίτητα για τη λειτουργία του ιστότοπου. Με τη συγκατάθεσή σας, θα χρησιμοποιούσαμε και άλλα, για να μετράμε τη χρήση του ιστότοπου και να σας προβάλλουμε σχετικές διαφημίσεις. Μπορείτε να αλλάξετε γνώμη ανά πάσα στιγμή.',
      policyChanged: 'Η πολιτική μας για τα cookies έχει αλλάξει από την τελευταία σας επιλογή. Παρακαλούμε δηλώστε ξανά τι επιτρέπετε.',
      policyLink: 'Πολιτική για τα cookies',
      acceptAll: 'Αποδοχή όλων',
      rejectAll: 'Απόρριψη όλων',
      customize: 'Προσαρμογή',
      continueWithoutAccepting: 'Συνέχεια χωρίς αποδοχή',
    },
    status: {
      acceptedAll: 'Όλα τα cookies έγιναν αποδεκτά.',
      rejectedAll: 'Τα προαιρετικά cookies απορρίφθηκαν.',
      saved: 'Οι προτιμήσεις σας για τα cookies αποθηκεύτηκαν.',
    },
    settings: {
      open: 'Ρυθμίσεις cookies',
    },
    gate: {
      message: 'Αυτό το περιεχόμενο εμφανίζεται μόνο με τη συγκατάθεσή σας για την κατηγορία «{category}», επειδή τοποθετεί cookies αυτής της κατηγορίας.',
      allow: 'Αποδοχή «{category}»',
      service: 'Αυτό το περιεχόμενο προέρχεται από την υπηρεσία {service} της εταιρείας {company}. Εμφανίζεται μόνο με τη συγκατάθεσή σας για την κατηγορία «{category}», επειδή τοποθετεί cookies αυτής της κατηγορίας.',
      settings: 'Ρυθμίσεις cookies',
    },
    categories: {
      features: {
        title: 'Λειτουργίες',
        description: 'Απαραίτητα για τη λειτουργία του ιστότοπου, για παράδειγμα για να παραμένετε συνδεδεμένοι. Δεν μπορούν να απενεργοποιηθούν.',
      },
      performance: {
        title: 'Επιδόσεις',
        description: 'Μετρούν τη χρήση του ιστότοπου με ανώνυμα στατιστικά στοιχεία, ώστε να μπορούμε να τον βελτιώνουμε.',
      },
      advertising: {
        title: 'Στόχευση και διαφήμιση',
        description: 'Θυμούνται τους ιστότοπους που επισκέπτεστε, για να σας προβάλλουν σχετικές διαφημίσεις. Οι πληροφορίες αυτές κοινοποιούνται σε διαφημιστικούς συνεργάτες.',
      },
    },
  },
  more: () => import('./el-more.js').then((module) => module.default),
} satisfies ConsentLocale;

export default el;
