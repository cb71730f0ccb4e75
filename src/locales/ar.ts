import type { ConsentLocale } from '../core/texts.js';

/** Arabic (Modern Standard Arabic, right to left), in the register of Arab government sites. Glossary: glossary/ar.md. */
const ar = {
  code: 'ar',
  dir: 'rtl',
  texts: {
    banner: {
      label: 'الموافقة على ملفات تعريف الارتباط',
      title: 'نستخدم ملفات تعريف الارتباط',
      description:
        'بعض ملفات تعريف الارتباط ضرورية لعمل الموقع. وإذا وافقت، فسنستخدم أيضًا ملفات أخرى لقياس طريقة استخدام الموقع ولعرض إعلانات ملائمة لك. يمكنك تغيير رأيك في أي وقت.',
      policyChanged: 'تغيّرت سياسة ملفات تعريف الارتباط لدينا منذ اختيارك الأخير. يُرجى إخبارنا مجددًا بما تسمح به.',
      policyLink: 'الاطلاع على سياسة ملفات تعريف الارتباط',
      acceptAll: 'قبول الكل',
      rejectAll: 'رفض الكل',
      customize: 'تخصيص',
      continueWithoutAccepting: 'المتابعة دون قبول',
    },
    status: {
      acceptedAll: 'تم قبول جميع ملفات تعريف الارتباط.',
      rejectedAll: 'تم رفض ملفات تعريف الارتباط الاختيارية.',
      saved: 'تم حفظ تفضيلاتك بشأن ملفات تعريف الارتباط.',
    },
    settings: {
      open: 'إعدادات ملفات تعريف الارتباط',
    },
    gate: {
      message: 'لا يُعرض هذا المحتوى إلا بموافقتك على فئة «{category}»، لأنه يضع ملفات تعريف ارتباط من هذه الفئة.',
      allow: 'السماح بفئة «{category}»',
      service: 'يأتي هذا المحتوى من خدمة {service} التابعة لشركة {company}. ولا يُعرض إلا بموافقتك على فئة «{category}»، لأنه يضع ملفات تعريف ارتباط من هذه الفئة.',
      settings: 'إعدادات ملفات تعريف الارتباط',
    },
    categories: {
      features: {
        title: 'الوظائف',
        description: 'ضرورية لعمل الموقع، مثل الحفاظ على تسجيل دخولك. ولا يمكن إيقافها.',
      },
      performance: {
        title: 'الأداء',
        description: 'تقيس طريقة استخدام الموقع عبر إحصاءات مجهولة الهوية، لكي نتمكن من تحسينه.',
      },
      advertising: {
        title: 'الاستهداف والإعلانات',
        description: 'تتذكر المواقع التي تزورها لعرض إعلانات ملائمة لك، وتتم مشاركة هذه المعلومات مع شركاء إعلانيين.',
      },
    },
  },
  more: () => import('./ar-more.js').then((module) => module.default),
} satisfies ConsentLocale;

export default ar;
