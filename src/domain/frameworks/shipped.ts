/** The framework definitions shipped with DX-IOC (what `dx-ioc frameworks load` writes). */
import { dtiProvince405 } from './dti-province-405.ts';
import { DTI_PROVINCE, dtiProvince922 } from './dti-province-922.ts';
import { COMMUNE_EXAMPLE, DEPARTMENT_EXAMPLE } from './province-example.ts';
import type { FrameworkBundle } from './types.ts';

export const NATIONAL_PROVINCE_DTI: FrameworkBundle = {
  framework: DTI_PROVINCE,
  editions: [dtiProvince922('2021'), dtiProvince922('2022'), dtiProvince922('2023'), dtiProvince405('2024')],
};

export const SHIPPED_BUNDLES: FrameworkBundle[] = [NATIONAL_PROVINCE_DTI, DEPARTMENT_EXAMPLE, COMMUNE_EXAMPLE];
