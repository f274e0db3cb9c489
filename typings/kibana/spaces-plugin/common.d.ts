/** A Kibana space: x-pack/platform/plugins/shared/spaces/common/types/space/v1.ts. Type-only. */
export type SolutionView = 'es' | 'oblt' | 'security' | 'classic';

export interface Space {
  id: string;
  name: string;
  description?: string;
  color?: string;
  initials?: string;
  imageUrl?: string;
  disabledFeatures: string[];
  _reserved?: boolean;
  solution?: SolutionView;
}
